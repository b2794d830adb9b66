namespace BuurtBot.Channels.Twilio;

/// <summary>The GSM 03.38 default alphabet and its extension table (characters sent as ESC + one septet).</summary>
internal static class Gsm7Alphabet
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    /// <summary>Septets for <paramref name="c"/>: 1 (basic), 2 (extension) or 0 (not in GSM-7).</summary>
    public static int Septets(char c) => Basic.Contains(c) ? 1 : Extension.Contains(c) ? 2 : 0;

    public static bool Contains(char c) => Septets(c) > 0;
}
