// Dashboard designer: users can export their layout to a .layout file and import
// it on another machine. Implement LayoutFile.Import(stream).
using System.IO;
using Newtonsoft.Json;

public class Widget
{
    public string Kind { get; set; } = "";
    public int X { get; set; }
    public int Y { get; set; }
}

public class Layout
{
    public string Name { get; set; } = "";
    public List<Widget> Widgets { get; set; } = new();
}

public static class LayoutFile
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
    };

    public static string Export(Layout layout) => JsonConvert.SerializeObject(layout, Settings);

    public static Layout Import(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var layout = JsonConvert.DeserializeObject<Layout>(reader.ReadToEnd(), Settings);
        return layout ?? throw new InvalidDataException("empty layout file");
    }
}
