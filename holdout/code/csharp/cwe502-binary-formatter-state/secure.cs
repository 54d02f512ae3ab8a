using System.Text.Json;

namespace Workflow;

public static class WizardState
{
    // The wizard keeps its progress in a hidden form field between steps.
    public static StepData Restore(string hiddenField)
    {
        var bytes = Convert.FromBase64String(hiddenField);
        return JsonSerializer.Deserialize<StepData>(bytes) ?? new StepData();
    }

    public static string Save(StepData data)
    {
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(data));
    }
}
