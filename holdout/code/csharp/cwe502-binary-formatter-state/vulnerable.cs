using System.Runtime.Serialization.Formatters.Binary;

namespace Workflow;

public static class WizardState
{
    // The wizard keeps its progress in a hidden form field between steps.
    public static StepData Restore(string hiddenField)
    {
        var bytes = Convert.FromBase64String(hiddenField);
        using var stream = new MemoryStream(bytes);
        var formatter = new BinaryFormatter();
        return (StepData)formatter.Deserialize(stream);
    }

    public static string Save(StepData data)
    {
        using var stream = new MemoryStream();
        new BinaryFormatter().Serialize(stream, data);
        return Convert.ToBase64String(stream.ToArray());
    }
}
