namespace BuurtBot.Dialogs.Understanding;

/// <summary>With several postcodes, the one of the person the request is for: the one nearest after that person is named.</summary>
internal static class PostcodeChooser
{
    public static string? Choose(TokenizedText t, bool forSomeoneElse)
    {
        Span<int> found = stackalloc int[8];
        var n = PostcodeFinder.FindAll(t, found);
        if (n == 0)
        {
            return null;
        }

        var chosen = found[0];
        if (n > 1 && forSomeoneElse)
        {
            var mention = BeneficiaryFinder.IndexOfMention(t);
            var bestDistance = int.MaxValue;
            foreach (var index in found[..n])
            {
                var distance = index >= mention ? index - mention : (mention - index) * 3;
                if (mention >= 0 && distance < bestDistance)
                {
                    bestDistance = distance;
                    chosen = index;
                }
            }
        }

        return PostcodeFinder.At(t, chosen);
    }
}
