using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Requests;
using BuurtBot.Members;
using BuurtBot.Offers;
using BuurtBot.Requests;

namespace BuurtBot.Matching;

/// <summary>What the bot says about matches, in short formal Dutch: questions to neighbours, the news to both sides.</summary>
internal static class MatchTexts
{
    /// <summary>"Truus uit de Lindelaan" (or the person a carer wrote for).</summary>
    public static string Who(Request request, Member requester) => request.Beneficiary is { } b
        ? $"{b.Name} uit de {b.Street}"
        : requester.Introduced;

    public static string Name(Request request, Member requester) => request.Beneficiary?.Name ?? requester.FirstName ?? "de buur";

    public static string Question(Request request, Member requester, Offer? offer, DateOnly today)
    {
        var who = Who(request, requester);
        var name = Name(request, requester);
        var day = request.Date is { } date ? DutchTime.Day(date, today) : "binnenkort";
        switch (request.Kind)
        {
            case RequestKind.Meal when offer is not null:
                var portions = request.Portions == 1 ? "1 portie" : $"{request.Portions} porties";
                var dish = offer.Dish is null ? "uw maaltijd" : $"uw {offer.Dish}";
                var how = request.Delivery == true ? ", en vraagt of u het kunt brengen" : ", en komt het ophalen";
                return $"{who} wil graag {portions} van {dish} voor {day}{how}. Is dat goed? Antwoord JA of NEE.";
            case RequestKind.Meal:
                var diet = request.Diets.Count == 0 ? "een maaltijd" : $"een maaltijd ({string.Join(", ", request.Diets.Select(Dialogs.Meals.MealSummary.DietName))})";
                var forHowMany = request.Portions is > 1 ? $" voor {request.Portions} personen" : "";
                var brought = request.Delivery == true ? ", graag gebracht" : "";
                return $"{who} zoekt {day} {diet}{forHowMany}{brought}. Kunt u voor {name} koken? Antwoord JA of NEE.";
            case RequestKind.Loan:
                var until = request.Until is { } back ? $", tot {DutchTime.Date(back, today)}" : "";
                return $"{who} zoekt een {request.Item} te leen, vanaf {day}{until}. Kunt u die uitlenen? Antwoord JA of NEE.";
            default:
                var at = request.Time is { } time ? $" om {DutchTime.Clock(time)}" : "";
                return $"{who} zoekt {day}{at} {request.What}. Kunt u helpen? Antwoord JA of NEE.";
        }
    }

    /// <summary>To the neighbour who said yes: who, where, when.</summary>
    public static string ToProvider(Request request, Member requester, bool timeProposed, DateOnly today)
    {
        var name = Name(request, requester);
        var (street, number) = request.Beneficiary is { } b ? (b.Street, b.HouseNumber) : (requester.Street, requester.HouseNumber);
        var day = request.Date is { } date ? DutchTime.Day(date, today) : "";
        var time = AgreedTimeText.Phrase(request, timeProposed);
        var what = request.Kind switch
        {
            RequestKind.Meal => request.Delivery == true
                ? $"U brengt {day}{time} het eten naar {name}, {street} {number}."
                : $"{name} haalt {day}{time} het eten bij u op. {name} woont aan de {street} {number}.",
            RequestKind.Loan => $"U leent de {request.Item} uit aan {name}, {street} {number}. Spreek samen af wanneer die wordt opgehaald.",
            _ => $"U helpt {name} {day}{time}, {street} {number}.",
        };
        return $"Dank u wel! {what} {AgreedTimeText.Relay(name, timeProposed)}";
    }

    /// <summary>To the requester (or the carer): the news, with the neighbour's first name, street and the time.</summary>
    public static string ToRequester(Request request, Member provider, bool timeProposed, DateOnly today)
    {
        var day = request.Date is { } date ? DutchTime.Day(date, today) : "";
        var time = AgreedTimeText.Phrase(request, timeProposed);
        var forWhom = request.Beneficiary is { } b ? $" voor {b.Name}" : " voor u";
        var where = $"{provider.FirstName} woont aan de {provider.Street} {provider.HouseNumber}.";
        var what = request.Kind switch
        {
            RequestKind.Meal => request.Delivery == true
                ? $"{provider.FirstName} kookt{forWhom} en brengt het eten {day}{time}."
                : $"{provider.FirstName} kookt{forWhom}. Het eten kan {day}{time} worden opgehaald.",
            RequestKind.Loan => $"{provider.FirstName} leent{forWhom} een {request.Item} uit. Spreek samen af wanneer u die ophaalt.",
            _ => $"{provider.FirstName} helpt{forWhom} {day}{time}.",
        };
        var otherTime = timeProposed ? $" {AgreedTimeText.Relay(provider.FirstName ?? "de buur", proposed: true)}" : "";
        return $"Goed nieuws! {what} {where}{otherTime}";
    }

    /// <summary>To the person a carer arranged something for, when their number is known.</summary>
    public static string ToBeneficiary(Request request, Member carer, Member provider, bool timeProposed, DateOnly today)
    {
        var day = request.Date is { } date ? DutchTime.Day(date, today) : "";
        var time = AgreedTimeText.Phrase(request, timeProposed);
        var what = request.Kind switch
        {
            RequestKind.Meal => request.Delivery == true ? $"{provider.FirstName} brengt {day}{time} een maaltijd bij u." : $"{provider.FirstName} kookt {day} voor u; het eten kan{time} worden opgehaald aan de {provider.Street} {provider.HouseNumber}.",
            RequestKind.Loan => $"{provider.FirstName} leent u een {request.Item}.",
            _ => $"{provider.FirstName} komt {day}{time} bij u helpen.",
        };
        return $"Goedendag {request.Beneficiary!.Name}. {carer.FirstName} heeft via BuurtBot iets voor u geregeld: {what}";
    }

    public static string Arranged(Request request, Member requester) => $"Dank u wel! Er is al iemand gevonden voor {Name(request, requester)}.";

    public static string NoLongerNeeded(Request request, Member requester) => $"Dank u wel. Voor de vraag van {Name(request, requester)} hoeft u niets meer te doen.";
}
