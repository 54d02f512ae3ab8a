using System;
using System.IO;
using System.Text.Json;

namespace Dashboard
{
    [Serializable]
    public class LayoutState
    {
        public string[] Widgets { get; set; } = Array.Empty<string>();
        public int Columns { get; set; } = 3;
    }

    public static class LayoutStorage
    {
        /// <summary>
        /// Restores a dashboard layout that the user exported earlier and now imports
        /// from a file they upload.
        /// </summary>
        public static LayoutState Import(Stream upload)
        {
            return JsonSerializer.Deserialize<LayoutState>(upload) ?? new LayoutState();
        }

        public static void Export(LayoutState state, Stream output)
        {
            JsonSerializer.Serialize(output, state);
        }
    }
}
