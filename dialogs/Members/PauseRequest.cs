namespace BuurtBot.Dialogs.Members;

/// <summary>
/// A member asks for a break from questions and offers. <see cref="Until"/> is the last quiet day as said ("tot 1 mei" is
/// 1 May, "de komende twee weken" today + 14, "tot na kerst" 26 December); <see cref="Indefinite"/> is true when the
/// member leaves the end open on purpose ("voorlopig", "tot nader order"). Neither set means no end was said ("ik ben op
/// vakantie"): the conversation asks until when.
/// </summary>
public sealed record PauseRequest(DateOnly? Until, bool Indefinite);
