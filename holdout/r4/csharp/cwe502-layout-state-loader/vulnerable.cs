using System;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;

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
            var formatter = new BinaryFormatter();
            return (LayoutState)formatter.Deserialize(upload);
        }

        public static void Export(LayoutState state, Stream output)
        {
            var formatter = new BinaryFormatter();
            formatter.Serialize(output, state);
        }
    }
}
