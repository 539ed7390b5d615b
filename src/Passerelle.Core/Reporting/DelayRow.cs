namespace Passerelle.Core.Reporting;

/// <summary>Days between two steps for the referrals of the period that reached the second one: how many, median and mean.</summary>
public sealed record DelayRow(string Code, string Label, int Count, decimal? MedianDays, decimal? MeanDays, string Key);
