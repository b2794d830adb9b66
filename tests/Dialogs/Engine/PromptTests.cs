using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>Prompts: ask, recognise, validate, ask again, and hand over after the last attempt.</summary>
public sealed class PromptTests : IAsyncLifetime
{
    private const string Ria = "+31611111111";
    private readonly TempDatabase _database = new();
    private EngineHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new EngineHost(_database.ConnectionString, sp => new QuestionnaireBot(sp.GetRequiredService<ConversationState>()));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Each_answer_leads_to_the_next_question_and_the_answers_arrive_typed_at_the_end()
    {
        Assert.Equal(["Hoe heet u?"], await _host.SayAsync(Ria, "hallo"));
        Assert.Equal(["Hoe oud bent u?"], await _host.SayAsync(Ria, "Ria"));
        Assert.Equal(["Welke kleur? 1 rood, 2 blauw"], await _host.SayAsync(Ria, "81"));
        Assert.Equal(["Welke dag?"], await _host.SayAsync(Ria, "2"));
        Assert.Equal(["Klopt het? JA of NEE"], await _host.SayAsync(Ria, "morgen"));
        Assert.Equal(["Genoteerd: Ria, 81, blauw, 2026-11-24"], await _host.SayAsync(Ria, "ja"));
    }

    [Fact]
    public async Task An_answer_that_is_not_understood_gets_the_retry_text_and_the_same_question_waits()
    {
        await _host.SayAsync(Ria, "hallo");
        await _host.SayAsync(Ria, "Ria");

        Assert.Equal(["Stuur uw leeftijd als getal."], await _host.SayAsync(Ria, "oud genoeg"));
        Assert.Equal(["Welke kleur? 1 rood, 2 blauw"], await _host.SayAsync(Ria, "81"));
    }

    [Fact]
    public async Task A_validator_that_rejects_explains_why_instead_of_the_retry_text()
    {
        await _host.SayAsync(Ria, "hallo");
        await _host.SayAsync(Ria, "Ria");

        Assert.Equal(["Een leeftijd tussen 1 en 120, graag."], await _host.SayAsync(Ria, "300"));
        Assert.Equal(["Welke kleur? 1 rood, 2 blauw"], await _host.SayAsync(Ria, "81"));
    }

    [Fact]
    public async Task A_choice_is_made_by_its_number_or_its_word_and_naming_two_is_asked_again()
    {
        await _host.SayAsync(Ria, "hallo");
        await _host.SayAsync(Ria, "Ria");
        await _host.SayAsync(Ria, "81");

        Assert.Equal(["Welke kleur? 1 rood, 2 blauw"], await _host.SayAsync(Ria, "rood of blauw"));
        Assert.Equal(["Welke dag?"], await _host.SayAsync(Ria, "doe maar rood"));
        await _host.SayAsync(Ria, "vandaag");
        Assert.Equal(["Genoteerd: Ria, 81, rood, 2026-11-23"], await _host.SayAsync(Ria, "ja"));
    }

    [Fact]
    public async Task After_three_answers_that_are_not_understood_the_conversation_is_handed_over()
    {
        await _host.SayAsync(Ria, "hallo");
        await _host.SayAsync(Ria, "Ria");

        Assert.Equal(["Stuur uw leeftijd als getal."], await _host.SayAsync(Ria, "eh"));
        Assert.Equal(["Stuur uw leeftijd als getal."], await _host.SayAsync(Ria, "wat bedoelt u"));
        Assert.Equal(["Overgedragen (prompt:age, de vragenlijst, laatste: geen idee)"], await _host.SayAsync(Ria, "geen idee"));

        // The stack is empty again: the next message starts afresh.
        Assert.Equal(["Hoe heet u?"], await _host.SayAsync(Ria, "hallo"));
    }

    [Fact]
    public async Task Conversations_of_different_people_do_not_mix()
    {
        const string Kees = "+31622222222";
        await _host.SayAsync(Ria, "hallo");
        await _host.SayAsync(Ria, "Ria");
        Assert.Equal(["Hoe heet u?"], await _host.SayAsync(Kees, "hoi"));
        Assert.Equal(["Welke kleur? 1 rood, 2 blauw"], await _host.SayAsync(Ria, "81"));
        Assert.Equal(["Hoe oud bent u?"], await _host.SayAsync(Kees, "Kees"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }
}
