namespace BuurtBot.Channels.Twilio;

public enum SmsEncoding
{
    /// <summary>The GSM 03.38 7-bit alphabet: 160 characters, 153 per part.</summary>
    Gsm7,

    /// <summary>Anything else: 70 UTF-16 code units, 67 per part.</summary>
    Ucs2,
}
