namespace BuurtBot.Dialogs.Understanding;

/// <summary>A dietary wish or way of cooking.</summary>
public enum Diet
{
    Vegetarian,
    Vegan,
    Halal,
    Kosher,
    NoPork,
    GlutenFree,
    LactoseFree,
    NutFree,
    LowSalt,
    Diabetic,
    Soft,
}
