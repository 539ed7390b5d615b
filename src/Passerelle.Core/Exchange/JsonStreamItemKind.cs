namespace Passerelle.Core.Exchange;

public enum JsonStreamItemKind
{
    /// <summary>A property of the root object other than the <c>persons</c> array.</summary>
    Header,

    /// <summary>One element of the root's <c>persons</c> array.</summary>
    Person,

    /// <summary>The document's root is not an object: nothing else can be read.</summary>
    RootNotObject,
}
