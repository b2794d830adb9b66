namespace BuurtBot.Channels.Twilio;

/// <summary>How an SMS body travels: its encoding, its length in that encoding, and how many parts it costs.</summary>
/// <param name="Units">Septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2.</param>
public sealed record SmsLength(SmsEncoding Encoding, int Units, int Segments)
{
    /// <summary>What one message may hold before it is split.</summary>
    public int SingleLimit => Encoding == SmsEncoding.Gsm7 ? 160 : 70;

    /// <summary>What each part holds once split (the rest is the concatenation header).</summary>
    public int PartLimit => Encoding == SmsEncoding.Gsm7 ? 153 : 67;
}
