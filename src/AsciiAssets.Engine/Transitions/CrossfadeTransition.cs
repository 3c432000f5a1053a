using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Transitions;

[Registered("crossfade", "Crossfades colours and characters cell by cell: every character cell shows one scene's character at a time, swapping to the incoming one at its own moment, while its colour mixes smoothly from the outgoing cell's to the incoming cell's (a glyph dims towards a dark cell, never brightens). Unlike canvas_crossfade, glyphs never overlap.")]
public sealed record CrossfadeTransition(
    [Doc("The part of the transition, centred in it, during which the cells swap characters (in a random order); the colours mix over the whole of it.")][Range(0, 1)] float Spread = 0.6f) : TransitionParameters
{
    public override ITransition Create(TransitionSetup setup) => new Executor(this, setup);

    private sealed class Executor : ITransition
    {
        private readonly CrossfadeTransition _p;
        private readonly int _width;
        private readonly int _height;
        private readonly int _columns;
        private readonly int[] _columnOf;
        private readonly int[] _rowOf;
        private readonly float[] _swapRank;

        // Per cell: the brightest value of each channel in either frame, which is the colour of its character (glyph edges are that colour dimmed).
        private readonly byte[] _outgoingColor;
        private readonly byte[] _incomingColor;
        private readonly int[] _factors;

        // For a transparent spec: per cell its highest alpha in each frame (the cell's opacity) and the shown glyph's
        // alpha factor in 1/65536, fine enough that a cell opaque in both scenes stays exactly opaque.
        private readonly byte[]? _outgoingOpacity;
        private readonly byte[]? _incomingOpacity;
        private readonly int[]? _alphaFactors;

        public Executor(CrossfadeTransition p, TransitionSetup setup)
        {
            _p = p;
            _width = setup.Width;
            _height = setup.Height;
            _columnOf = Enumerable.Range(0, setup.Width).Select(x => setup.Cells.Of(x, 0).Column).ToArray();
            _rowOf = Enumerable.Range(0, setup.Height).Select(y => setup.Cells.Of(0, y).Row).ToArray();
            _columns = _columnOf[^1] + 1;
            var cells = _columns * (_rowOf[^1] + 1);
            _swapRank = Enumerable.Range(0, cells).Select(c => Hash.Unit(setup.Seed, (uint)c)).ToArray();
            _outgoingColor = new byte[cells * 3];
            _incomingColor = new byte[cells * 3];
            _factors = new int[cells * 3];
            if (setup.Alpha)
            {
                _outgoingOpacity = new byte[cells];
                _incomingOpacity = new byte[cells];
                _alphaFactors = new int[cells];
            }
        }

        public void Apply(FrameBuffer outgoing, FrameBuffer incoming, float progress, in FrameTime time)
        {
            CellColors(outgoing, _outgoingColor);
            CellColors(incoming, _incomingColor);
            var spread = Math.Clamp(_p.Spread, 0f, 1f);
            var first = (1 - spread) / 2;
            var mix = (int)(Math.Clamp(progress, 0f, 1f) * 256f + 0.5f);
            for (var c = 0; c < _swapRank.Length; c++)
            {
                var swapped = progress >= first + spread * _swapRank[c];
                var shown = swapped ? _incomingColor : _outgoingColor;
                var k = c * 3;
                var red = Mix(_outgoingColor[k], _incomingColor[k], mix);
                var green = Mix(_outgoingColor[k + 1], _incomingColor[k + 1], mix);
                var blue = Mix(_outgoingColor[k + 2], _incomingColor[k + 2], mix);
                // The shown glyph takes the mixed colour's hue; it may dim towards it but never brightens, since
                // brightening a faint glyph would blow its anti-aliased edges up into a solid block.
                var peak = Math.Max(Math.Max(red, green), Math.Max(blue, Math.Max(shown[k], Math.Max(shown[k + 1], shown[k + 2]))));
                var scale = peak == 0 ? 0 : 65536 / peak;
                _factors[k] = (red * scale) >> 8;
                _factors[k + 1] = (green * scale) >> 8;
                _factors[k + 2] = (blue * scale) >> 8;

                // The sign marks which frame the cell shows; factors are never negative otherwise.
                if (!swapped)
                {
                    _factors[k] = ~_factors[k];
                }
            }

            var from = outgoing.Pixels;
            var to = incoming.Pixels;
            for (var y = 0; y < _height; y++)
            {
                var rowCells = _rowOf[y] * _columns;
                var i = y * _width * 3;
                for (var x = 0; x < _width; x++, i += 3)
                {
                    var k = (rowCells + _columnOf[x]) * 3;
                    var red = _factors[k];
                    var source = red < 0 ? from : to;
                    red = red < 0 ? ~red : red;
                    // A glyph pixel's brightest channel is how much of the glyph covers it.
                    var ink = Math.Max(source[i], Math.Max(source[i + 1], source[i + 2]));
                    to[i] = (byte)((ink * red) >> 8);
                    to[i + 1] = (byte)((ink * _factors[k + 1]) >> 8);
                    to[i + 2] = (byte)((ink * _factors[k + 2]) >> 8);
                }
            }

            if (incoming.HasAlpha)
            {
                ApplyToAlpha(outgoing, incoming, mix);
            }
        }

        /// <summary>
        /// The alpha plane as one more channel: the shown glyph's coverage takes the cell's opacity mixed from the outgoing
        /// cell's to the incoming one's, dimming but never rising above the glyph's own (a glyph fades out over a
        /// transparent cell as it dims towards a black one). Runs after the colours, which marked the cells that swapped.
        /// </summary>
        private void ApplyToAlpha(FrameBuffer outgoing, FrameBuffer incoming, int mix)
        {
            CellOpacities(outgoing, _outgoingOpacity!);
            CellOpacities(incoming, _incomingOpacity!);
            var factors = _alphaFactors!;
            for (var c = 0; c < factors.Length; c++)
            {
                var swapped = _factors[c * 3] >= 0;
                var mixed = Mix(_outgoingOpacity![c], _incomingOpacity![c], mix);
                var peak = Math.Max(mixed, swapped ? _incomingOpacity[c] : _outgoingOpacity[c]);
                factors[c] = peak == 0 ? 0 : (mixed << 16) / peak;
            }

            var from = outgoing.Alpha;
            var to = incoming.Alpha;
            for (var y = 0; y < _height; y++)
            {
                var rowCells = _rowOf[y] * _columns;
                var i = y * _width;
                for (var x = 0; x < _width; x++, i++)
                {
                    var c = rowCells + _columnOf[x];
                    var coverage = _factors[c * 3] < 0 ? from[i] : to[i];
                    to[i] = (byte)((coverage * factors[c] + 32768) >> 16);
                }
            }

            // The colours follow their own channels' peaks; where a cell mixes a dark opaque scene with a bright
            // translucent one a pixel's light can end up above its alpha, which must cover it to stay premultiplied.
            AlphaPixels.RaiseToLight(incoming.Pixels, to);
        }

        private static int Mix(int from, int to, int weight) => (from * (256 - weight) + to * weight) >> 8;

        private void CellOpacities(FrameBuffer frame, byte[] opacities)
        {
            Array.Clear(opacities);
            var alpha = frame.Alpha;
            for (var y = 0; y < _height; y++)
            {
                var rowCells = _rowOf[y] * _columns;
                var i = y * _width;
                for (var x = 0; x < _width; x++, i++)
                {
                    ref var opacity = ref opacities[rowCells + _columnOf[x]];
                    opacity = Math.Max(opacity, alpha[i]);
                }
            }
        }

        private void CellColors(FrameBuffer frame, byte[] colors)
        {
            Array.Clear(colors);
            var pixels = frame.Pixels;
            for (var y = 0; y < _height; y++)
            {
                var rowCells = _rowOf[y] * _columns;
                var i = y * _width * 3;
                for (var x = 0; x < _width; x++, i += 3)
                {
                    var k = (rowCells + _columnOf[x]) * 3;
                    colors[k] = Math.Max(colors[k], pixels[i]);
                    colors[k + 1] = Math.Max(colors[k + 1], pixels[i + 1]);
                    colors[k + 2] = Math.Max(colors[k + 2], pixels[i + 2]);
                }
            }
        }
    }
}
