using System.Text.RegularExpressions;

namespace BuurtBot.Dialogs.Engine.Activities;

/// <summary>Makes identifiers safe for logs: a phone number shows only its last three digits.</summary>
public static partial class Redact
{
    public static string Phone(string? phone) =>
        string.IsNullOrEmpty(phone) ? "-" : phone.Length <= 3 ? "***" : "***" + phone[^3..];

    /// <summary>
    /// A channel's error text with every phone number in it masked ("The 'To' number +31612345678 is not valid"
    /// becomes "... ***678 ..."): runs of seven or more digits, with an optional '+' and spaces or dashes between.
    /// </summary>
    public static string? PhonesIn(string? text) =>
        text is null ? null : PhoneLike().Replace(text, m =>
        {
            var digits = m.Value.Where(char.IsAsciiDigit).ToArray();
            return digits.Length < 7 ? m.Value : "***" + new string(digits[^3..]);
        });

    [GeneratedRegex(@"\+?\d[\d \-]{5,}\d")]
    private static partial Regex PhoneLike();
}
