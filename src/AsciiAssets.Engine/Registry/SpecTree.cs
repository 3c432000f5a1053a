namespace AsciiAssets.Registry;

/// <summary>Walks a bound spec: every parameter record reachable from a root through record, union and list parameters.</summary>
public static class SpecTree
{
    /// <summary>The root and every record below it, parents before children.</summary>
    public static IEnumerable<object> Records(object root)
    {
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.TryPop(out var record))
        {
            yield return record;
            var parameters = RecordDescriptor.For(record.GetType()).Parameters;
            for (var i = parameters.Count - 1; i >= 0; i--)
            {
                switch (parameters[i].Shape.Kind)
                {
                    case ShapeKind.Record or ShapeKind.Union when parameters[i].Property.GetValue(record) is { } child:
                        pending.Push(child);
                        break;
                    case ShapeKind.List when parameters[i].Shape.Element!.Kind is ShapeKind.Record or ShapeKind.Union
                        && parameters[i].Property.GetValue(record) is System.Collections.IEnumerable items:
                        foreach (var item in items.Cast<object>().Reverse())
                        {
                            pending.Push(item);
                        }

                        break;
                }
            }
        }
    }
}
