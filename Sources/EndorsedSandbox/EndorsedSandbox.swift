/// A local server that speaks the Endorsed token and attachment calls.
public enum EndorsedSandboxPlaceholder {}
