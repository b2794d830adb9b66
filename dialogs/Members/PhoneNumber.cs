using System.Diagnostics.CodeAnalysis;

namespace BuurtBot.Dialogs.Members;

/// <summary>
/// Phone numbers in E.164 ("+31612345678"). Accepts what people type: spaces, dashes, dots, brackets,
/// "0031…" and Dutch national numbers ("06 1234 5678").
/// </summary>
public static class PhoneNumber
{
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? e164)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return false;
        }

        Span<char> digits = stackalloc char[32];
        var count = 0;
        var plus = false;
        foreach (var c in input.AsSpan().Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
            else if (c == '+' && count == 0 && !plus)
            {
                plus = true;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        var number = digits[..count].ToString();
        if (!plus)
        {
            if (number.StartsWith("00", StringComparison.Ordinal))
            {
                number = number[2..];
            }
            else if (number.Length == 10 && number[0] == '0')
            {
                number = "31" + number[1..]; // Dutch national number
            }
            else
            {
                return false;
            }
        }

        if (number.Length is < 8 or > 15 || number[0] == '0')
        {
            return false;
        }

        if (number.StartsWith("31", StringComparison.Ordinal) && number.Length != 11)
        {
            return false; // Dutch numbers have nine digits after the country code
        }

        e164 = "+" + number;
        return true;
    }

    /// <summary>Dutch mobile numbers (+316…), which can receive SMS.</summary>
    public static bool IsDutchMobile(string e164) => e164.StartsWith("+316", StringComparison.Ordinal);
}
