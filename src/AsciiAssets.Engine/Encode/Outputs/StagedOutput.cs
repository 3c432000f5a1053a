namespace AsciiAssets.Encode.Outputs;

/// <summary>
/// A hidden folder beside the outputs where one kind writes its files. <see cref="Place"/> moves each file (or
/// folder) over the previous one by rename, after every file of the kind passed its check; until then, and when
/// anything fails, the previous outputs stay as they were. Disposing removes whatever is left.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _outputFolder;
    private readonly string _folder;

    public StagedOutput(string outputFolder, string stem)
    {
        _outputFolder = outputFolder;
        _folder = Path.Combine(outputFolder, $".{stem}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(_folder);
    }

    /// <summary>Where the file that will be <paramref name="relative"/> in the output folder is written meanwhile.</summary>
    public string PathOf(string relative)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>
    /// Moves every staged entry into the output folder: files by one rename each; a folder (a PNG sequence) by moving
    /// the old one aside, the new one in, and deleting the old, so no mix of old and new frames is ever visible.
    /// </summary>
    public void Place(IEnumerable<string> relatives)
    {
        foreach (var relative in relatives)
        {
            var staged = Path.Combine(_folder, relative);
            var target = Path.Combine(_outputFolder, relative);
            if (Directory.Exists(staged))
            {
                var aside = Path.Combine(_folder, ".previous");
                if (Directory.Exists(target))
                {
                    Directory.Move(target, aside);
                }

                Directory.Move(staged, target);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(staged, target, overwrite: true);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
