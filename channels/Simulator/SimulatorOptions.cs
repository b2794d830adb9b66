namespace BuurtBot.Channels.Simulator;

/// <summary>The simulator channel: on by default in Development, off elsewhere unless enabled.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>Null: follow the environment (on in Development).</summary>
    public bool? Enabled { get; set; }
}
