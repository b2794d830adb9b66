namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// The intent model trained once, from the embedded training set: on first use, or earlier when the host warms it at
/// start (about 1 s).
/// </summary>
internal static class LearnedIntents
{
    private static readonly Lazy<IntentModel> Trained = new(() => IntentModel.Train(TrainingSet.Load()), LazyThreadSafetyMode.ExecutionAndPublication);

    public static IntentModel Model => Trained.Value;

    public static bool IsTrained => Trained.IsValueCreated;
}
