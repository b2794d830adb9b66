namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// One token of a normalised message. <see cref="Word"/> is the canonical vocabulary word
/// (null when unknown); <see cref="Value"/> is a number's value, a punctuation char or a symbol's
/// code point. For compounds, <see cref="HeadStart"/> is where the known head begins.
/// </summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, string? Word, int Value, WordMatch Match, int HeadStart)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Value == c;
}
