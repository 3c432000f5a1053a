#!/usr/bin/env sh
# Makes a local NuGet feed from this clone: artifacts/packages/ with AsciiAssets.Build and AsciiAssets.Tool (its
# engine; packing the one packs the other). The same command works on Windows:
#   dotnet pack src/AsciiAssets.Build -c Release -o artifacts/packages
set -eu
cd "$(dirname "$0")/.."
dotnet pack src/AsciiAssets.Build -c Release -o artifacts/packages
echo "Local feed: $(pwd)/artifacts/packages"
