using BuurtBot.Channels.Twilio;
using Microsoft.Extensions.Time.Testing;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>The 24-hour customer service window and the choice of template or SMS after it (CONTRACT §7).</summary>
public sealed class WhatsAppWindowTests
{
    private const string Template = "HX0123456789abcdef0123456789abcdef";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Free_text_until_24_hours_minus_the_margin_after_the_last_message()
    {
        var lastInbound = _time.GetUtcNow();

        var now = WhatsAppWindow.Choose("+31612345678", lastInbound, _time.GetUtcNow(), Template);
        _time.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(49));
        var justBefore = WhatsAppWindow.Choose("+31612345678", lastInbound, _time.GetUtcNow(), Template);
        _time.Advance(TimeSpan.FromMinutes(1));
        var atMargin = WhatsAppWindow.Choose("+31612345678", lastInbound, _time.GetUtcNow(), Template);

        Assert.Equal(new WhatsAppRoute(WhatsAppRouteKind.FreeText, null, lastInbound + TimeSpan.FromHours(24) - TimeSpan.FromMinutes(10)), now);
        Assert.Equal(WhatsAppRouteKind.FreeText, justBefore.Kind);
        Assert.Equal(new WhatsAppRoute(WhatsAppRouteKind.Template, Template, null), atMargin);
    }

    [Fact]
    public void A_new_message_reopens_the_window()
    {
        var first = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromDays(2));
        Assert.False(WhatsAppWindow.IsOpen(first, _time.GetUtcNow()));

        var second = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromHours(12));

        Assert.True(WhatsAppWindow.IsOpen(second, _time.GetUtcNow()));
    }

    [Fact]
    public void Without_margin_the_window_is_exactly_24_hours()
    {
        var lastInbound = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromTicks(1));
        Assert.True(WhatsAppWindow.IsOpen(lastInbound, _time.GetUtcNow(), TimeSpan.Zero));

        _time.Advance(TimeSpan.FromTicks(1));
        Assert.False(WhatsAppWindow.IsOpen(lastInbound, _time.GetUtcNow(), TimeSpan.Zero));
    }

    [Fact]
    public void A_clock_behind_the_last_message_still_counts_as_open()
    {
        var lastInbound = _time.GetUtcNow() + TimeSpan.FromMinutes(2);

        Assert.True(WhatsAppWindow.IsOpen(lastInbound, _time.GetUtcNow()));
    }

    [Theory]
    [InlineData("+31612345678", Template, WhatsAppRouteKind.Template)]
    [InlineData("+31612345678", null, WhatsAppRouteKind.SmsFallback)]
    [InlineData("+31612345678", "", WhatsAppRouteKind.SmsFallback)]
    [InlineData("+31201234567", null, WhatsAppRouteKind.None)]
    [InlineData("+32470123456", null, WhatsAppRouteKind.None)]
    [InlineData("+31970105860", null, WhatsAppRouteKind.None)]
    [InlineData("+32470123456", Template, WhatsAppRouteKind.Template)]
    public void Outside_the_window_a_template_else_SMS_to_Dutch_mobiles_else_nothing(string number, string? template, WhatsAppRouteKind expected)
    {
        var lastInbound = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromDays(3));

        var route = WhatsAppWindow.Choose(number, lastInbound, _time.GetUtcNow(), template);

        Assert.Equal(expected, route.Kind);
        Assert.Equal(expected == WhatsAppRouteKind.Template ? template : null, route.ContentSid);
        Assert.Null(route.WindowClosesAt);
    }

    [Fact]
    public void Someone_who_never_wrote_on_WhatsApp_has_no_window()
    {
        Assert.False(WhatsAppWindow.IsOpen(null, _time.GetUtcNow()));
        Assert.Null(WhatsAppWindow.ClosesAt(null));
        Assert.Equal(WhatsAppRouteKind.Template, WhatsAppWindow.Choose("+31612345678", null, _time.GetUtcNow(), Template).Kind);
    }
}
