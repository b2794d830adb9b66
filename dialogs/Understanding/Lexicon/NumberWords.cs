using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>Dutch number words, including the collective forms ("met z'n tweeën", "om zessen").</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Cardinals = LexiconText.FirstWins(LexiconText.Tagged("""
        1: een eén één
        2: twee
        3: drie
        4: vier
        5: vijf
        6: zes
        7: zeven
        8: acht
        9: negen
        10: tien
        11: elf
        12: twaalf
        13: dertien
        14: veertien
        15: vijftien
        16: zestien
        17: zeventien
        18: achttien
        19: negentien
        20: twintig
        21: eenentwintig
        22: tweeentwintig
        23: drieentwintig
        24: vierentwintig
        25: vijfentwintig
        30: dertig
        35: vijfendertig
        40: veertig
        45: vijfenveertig
        50: vijftig
        55: vijfenvijftig
        """, int.Parse));

    /// <summary>"tweeën", "drieën", "vieren": a group of that many.</summary>
    public static readonly FrozenDictionary<string, int> Collectives = LexiconText.FirstWins(LexiconText.Tagged("""
        2: tweeen tweeën beiden
        3: drieen drieën
        4: vieren
        5: vijven
        6: zessen
        7: zevenen
        8: achten
        9: negenen
        10: tienen
        11: elven
        12: twaalven
        """, int.Parse));

    /// <summary>Ordinals for days of the month ("de eerste", "de twaalfde").</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = LexiconText.FirstWins(LexiconText.Tagged("""
        1: eerste
        2: tweede
        3: derde
        4: vierde
        5: vijfde
        6: zesde
        7: zevende
        8: achtste
        9: negende
        10: tiende
        11: elfde
        12: twaalfde
        13: dertiende
        14: veertiende
        15: vijftiende
        16: zestiende
        17: zeventiende
        18: achttiende
        19: negentiende
        20: twintigste
        """, int.Parse));
}
