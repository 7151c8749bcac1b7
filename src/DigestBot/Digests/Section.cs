namespace DigestBot.Digests;

/// <summary>The part of a digest an entry appears in.</summary>
public enum Section
{
    Featured,
    Papers,
    Articles,
    UseCases,
    Other,
}
