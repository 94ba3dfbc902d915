namespace CarPass.Ocr.Tests.Cli;

/// <summary>Tests that redirect the process's console run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput;
