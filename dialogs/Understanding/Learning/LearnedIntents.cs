namespace BuurtBot.Dialogs.Understanding;

/// <summary>The intent model trained once, on first use, from the embedded training set.</summary>
internal static class LearnedIntents
{
    private static readonly Lazy<IntentModel> Trained = new(() => IntentModel.Train(TrainingSet.Load()), LazyThreadSafetyMode.ExecutionAndPublication);

    public static IntentModel Model => Trained.Value;
}
