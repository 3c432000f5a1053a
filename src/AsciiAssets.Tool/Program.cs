return AsciiAssets.Cli.App.Run(args);
