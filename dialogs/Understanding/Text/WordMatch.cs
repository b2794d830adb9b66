namespace BuurtBot.Dialogs.Understanding;

/// <summary>How a word was found in the vocabulary.</summary>
internal enum WordMatch : byte
{
    /// <summary>Not a known word.</summary>
    Unknown,

    /// <summary>Written as listed (or a listed spelling variant).</summary>
    Exact,

    /// <summary>An inflection (plural, diminutive) or spelling variant of a listed word.</summary>
    Variant,

    /// <summary>A typing error within a small edit distance of a listed word.</summary>
    Fuzzy,

    /// <summary>A compound whose head is a listed word ("kippensoep": "soep").</summary>
    Compound,
}
