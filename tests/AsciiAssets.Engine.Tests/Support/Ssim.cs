namespace AsciiAssets.Tests.Support;

/// <summary>
/// The structural similarity index (Wang et al. 2004) of two greyscale images: local means, variances and covariance
/// under an 11 × 11 Gaussian window (σ 1.5), C1 = (0.01 · 255)², C2 = (0.03 · 255)², averaged over the image.
/// </summary>
public static class Ssim
{
    /// <param name="viewingBlur">σ in pixels of a Gaussian blur applied to both images first (a frame seen from further away, where the characters' strokes merge); 0 for none.</param>
    public static double Of(float[] a, float[] b, int width, int height, double viewingBlur = 0)
    {
        var kernel = Gaussian(1.5, 5);
        if (viewingBlur > 0)
        {
            var view = Gaussian(viewingBlur, (int)Math.Ceiling(3 * viewingBlur));
            a = Blur(a.Select(v => (double)v).ToArray(), width, height, view).Select(v => (float)v).ToArray();
            b = Blur(b.Select(v => (double)v).ToArray(), width, height, view).Select(v => (float)v).ToArray();
        }

        var meanA = Blur(a.Select(v => (double)v).ToArray(), width, height, kernel);
        var meanB = Blur(b.Select(v => (double)v).ToArray(), width, height, kernel);
        var squareA = Blur(a.Select(v => (double)v * v).ToArray(), width, height, kernel);
        var squareB = Blur(b.Select(v => (double)v * v).ToArray(), width, height, kernel);
        var product = Blur(a.Select((v, i) => (double)v * b[i]).ToArray(), width, height, kernel);
        const double C1 = 6.5025;
        const double C2 = 58.5225;
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var varianceA = squareA[i] - meanA[i] * meanA[i];
            var varianceB = squareB[i] - meanB[i] * meanB[i];
            var covariance = product[i] - meanA[i] * meanB[i];
            sum += (2 * meanA[i] * meanB[i] + C1) * (2 * covariance + C2) / ((meanA[i] * meanA[i] + meanB[i] * meanB[i] + C1) * (varianceA + varianceB + C2));
        }

        return sum / a.Length;
    }

    private static double[] Gaussian(double sigma, int radius)
    {
        var kernel = Enumerable.Range(-radius, 2 * radius + 1).Select(i => Math.Exp(-i * i / (2 * sigma * sigma))).ToArray();
        var total = kernel.Sum();
        return kernel.Select(k => k / total).ToArray();
    }

    /// <summary>Luma (0.299, 0.587, 0.114) of rgb24 pixels.</summary>
    public static float[] Luma(byte[] rgb) =>
        Enumerable.Range(0, rgb.Length / 3).Select(i => 0.299f * rgb[3 * i] + 0.587f * rgb[3 * i + 1] + 0.114f * rgb[3 * i + 2]).ToArray();

    /// <summary>Separable blur with edges repeated.</summary>
    private static double[] Blur(double[] image, int width, int height, double[] kernel)
    {
        var radius = kernel.Length / 2;
        var across = new double[image.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                double s = 0;
                for (var k = -radius; k <= radius; k++)
                {
                    s += kernel[k + radius] * image[y * width + Math.Clamp(x + k, 0, width - 1)];
                }

                across[y * width + x] = s;
            }
        }

        var result = new double[image.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                double s = 0;
                for (var k = -radius; k <= radius; k++)
                {
                    s += kernel[k + radius] * across[Math.Clamp(y + k, 0, height - 1) * width + x];
                }

                result[y * width + x] = s;
            }
        }

        return result;
    }
}
