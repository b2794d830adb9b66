namespace BuurtBot.Dialogs.Understanding;

/// <summary>Evidence for each domain, and the first token that gave any.</summary>
internal readonly record struct DomainScores(double Meal, double Loan, double Help, int FirstIndex)
{
    public double this[Domain domain] => domain switch
    {
        Domain.Meal => Meal,
        Domain.Loan => Loan,
        Domain.Help => Help,
        _ => 0,
    };

    public Domain Best => Meal >= Loan && Meal >= Help && Meal > 0 ? Domain.Meal
        : Loan >= Help && Loan > 0 ? Domain.Loan
        : Help > 0 ? Domain.Help : Domain.None;

    public Domain RunnerUp
    {
        get
        {
            var best = Best;
            var runnerUp = Domain.None;
            var score = 0.0;
            foreach (var d in (ReadOnlySpan<Domain>)[Domain.Meal, Domain.Loan, Domain.Help])
            {
                if (d != best && this[d] > score)
                {
                    runnerUp = d;
                    score = this[d];
                }
            }

            return runnerUp;
        }
    }
}
