namespace BuurtBot.Dialogs.Understanding;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    Symbol,
}
