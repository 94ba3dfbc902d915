namespace CarPass.Host.Tests;

/// <summary>Runs the host's real entry point (`dotnet CarPass.Host.dll …`) in this process and returns its exit code.</summary>
public static class HostEntryPoint
{
    public static Task<int> RunAsync(params string[] args)
    {
        var entry = typeof(Program).Assembly.EntryPoint!;
        string[] quiet = [.. args, "--Logging:LogLevel:Default=Warning", "--Ocr:WarmUpAtStart=false"];
        return Task.Run(() => (int)entry.Invoke(null, [quiet])!);
    }
}
