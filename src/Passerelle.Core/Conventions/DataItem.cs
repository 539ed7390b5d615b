namespace Passerelle.Core.Conventions;

/// <summary>One kind of data a convention may let the PLIE send to its partner, with the annex that lists it.</summary>
public sealed record DataItem(string Key, string Label, DataNature Nature, string Source);
