namespace AsciiAssets.Cli;

public static class App
{
    public static int Run(string[] args) => 0;
}
