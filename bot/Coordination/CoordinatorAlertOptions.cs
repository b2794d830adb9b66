namespace BuurtBot.Coordination;

/// <summary>Who is alerted at once when someone signals distress (section "Coordinator").</summary>
public sealed class CoordinatorAlertOptions
{
    public const string Section = "Coordinator";

    /// <summary>Phone numbers (E.164) of the coordinators on duty; each gets an SMS with the message and the person's details.</summary>
    public IList<string> AlertPhones { get; } = [];
}
