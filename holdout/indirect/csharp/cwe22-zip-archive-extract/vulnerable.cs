using System.IO.Compression;

namespace Themes;

public static class ThemeInstaller
{
    public static void Install(Stream package, string themesDir)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            var target = Path.Combine(themesDir, entry.FullName);
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
