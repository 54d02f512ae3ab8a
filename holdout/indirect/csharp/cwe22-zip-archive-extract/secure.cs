using System.IO.Compression;

namespace Themes;

public static class ThemeInstaller
{
    public static void Install(Stream package, string themesDir)
    {
        var root = Path.GetFullPath(themesDir) + Path.DirectorySeparatorChar;
        using var zip = new ZipArchive(package, ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"entry {entry.FullName} leaves the themes directory");
            }
            if (string.IsNullOrEmpty(entry.Name))
            {
                Directory.CreateDirectory(target);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true);
        }
    }
}
