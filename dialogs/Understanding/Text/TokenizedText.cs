using System.Buffers;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// A normalised message and its tokens. Word tokens carry their canonical vocabulary word
/// (or their own spelling when unknown), so rules compare words, not spellings. The token array
/// is rented: dispose the instance when done.
/// </summary>
internal sealed class TokenizedText : IDisposable
{
    private static readonly Token Outside = new(0, 0, TokenKind.Punct, null, 0, WordMatch.Unknown, 0);

    private Token[] tokens;

    public TokenizedText(string original, string text, Token[] tokens, int count)
    {
        Original = original;
        Text = text;
        this.tokens = tokens;
        Count = count;
    }

    /// <summary>The message as written (same positions as <see cref="Text"/>).</summary>
    public string Original { get; }

    /// <summary>The message folded to lower case without diacritics.</summary>
    public string Text { get; }

    public int Count { get; }

    /// <summary>The token at <paramref name="index"/>; outside the message an empty punctuation token, so look-arounds never throw.</summary>
    public ref readonly Token this[int index] => ref (uint)index < (uint)Count ? ref tokens[index] : ref Outside;

    /// <summary>The word at <paramref name="index"/>, or "" for anything else or outside the message.</summary>
    public string W(int index) =>
        (uint)index < (uint)Count && tokens[index].Kind == TokenKind.Word ? tokens[index].Word! : "";

    public bool Is(int index, string word) => string.Equals(W(index), word, StringComparison.Ordinal);

    public bool IsAny(int index, params ReadOnlySpan<string> words)
    {
        var w = W(index);
        if (w.Length == 0)
        {
            return false;
        }

        foreach (var candidate in words)
        {
            if (string.Equals(w, candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public int Find(string word, int from = 0)
    {
        for (var i = Math.Max(0, from); i < Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && string.Equals(tokens[i].Word, word, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Has(string word) => Find(word) >= 0;

    /// <summary>True when one of <paramref name="words"/> occurs from <paramref name="back"/> tokens before to <paramref name="ahead"/> after index (not at it).</summary>
    public bool Near(int index, int back, int ahead, params ReadOnlySpan<string> words)
    {
        var from = Math.Max(0, index - back);
        var to = Math.Min(Count - 1, index + ahead);
        for (var j = from; j <= to; j++)
        {
            if (j != index && IsAny(j, words))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasAny(params ReadOnlySpan<string> words)
    {
        for (var i = 0; i < Count; i++)
        {
            if (IsAny(i, words))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsWord(int index) => (uint)index < (uint)Count && tokens[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => (uint)index < (uint)Count && tokens[index].Kind == TokenKind.Number;

    /// <summary>The number at <paramref name="index"/>, or -1.</summary>
    public int NumberAt(int index) => IsNumber(index) ? tokens[index].Value : -1;

    public bool IsPunct(int index, char c) => (uint)index < (uint)Count && tokens[index].IsPunct(c);

    public bool IsSymbol(int index, int codePoint) =>
        (uint)index < (uint)Count && tokens[index].Kind == TokenKind.Symbol && tokens[index].Value == codePoint;

    /// <summary>True when token <paramref name="index"/> and the next one are written without a space between them.</summary>
    public bool Touches(int index) => index + 1 < Count && index >= 0 && tokens[index].End == tokens[index + 1].Start;

    /// <summary>True when a hesitation ("eh", "ehm"), which the tokenizer leaves out, was said right after token <paramref name="index"/>.</summary>
    public bool HesitatesAfter(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            return false;
        }

        var end = index + 1 < Count ? tokens[index + 1].Start : Text.Length;
        foreach (var c in Text.AsSpan(tokens[index].End, end - tokens[index].End))
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token as normalised text; empty outside the message.</summary>
    public ReadOnlySpan<char> Surface(int index) =>
        (uint)index < (uint)Count ? Text.AsSpan(tokens[index].Start, tokens[index].Length) : [];

    /// <summary>True for "één"/"eén": one, stressed, not the article.</summary>
    public bool IsStressedOne(int index) =>
        Is(index, "een") && Original.AsSpan(tokens[index].Start, tokens[index].Length).ContainsAny('é', 'É');

    /// <summary>Number of word tokens.</summary>
    public int WordCount()
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                n++;
            }
        }

        return n;
    }

    public void Dispose()
    {
        var rented = tokens;
        tokens = [];
        if (rented.Length > 0)
        {
            Array.Clear(rented, 0, Count);
            ArrayPool<Token>.Shared.Return(rented);
        }
    }
}
