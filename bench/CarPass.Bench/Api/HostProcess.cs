using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CarPass.Bench.Api;

/// <summary>
/// The real host (its Release build) as its own process on 127.0.0.1, as it runs in production:
/// `dotnet CarPass.Host.dll --urls http://127.0.0.1:PORT`. Stopped by its own process id.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }
    public int ProcessId => _process.Id;

    public static string HostDll(string repository) =>
        Path.Combine(repository, "src", "CarPass.Host", "bin", "Release", "net10.0", "CarPass.Host.dll");

    /// <summary>Runs a one-shot verb of the host (such as seed-demo) and waits for it.</summary>
    public static async Task RunVerbAsync(
        string repository,
        string workFolder,
        string verb,
        IEnumerable<string> settings
    )
    {
        using var process = Process.Start(Start(repository, workFolder, [verb, .. settings]))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{verb} failed ({process.ExitCode}): {await output}{await errors}");
    }

    public static async Task<HostProcess> StartAsync(string repository, string workFolder, IEnumerable<string> settings)
    {
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = Process.Start(
            Start(repository, workFolder, ["--urls", address.ToString().TrimEnd('/'), .. settings])
        )!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                Console.Error.WriteLine($"  host: {e.Data}");
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, address);
        await host.WaitUntilHealthyAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with {_process.ExitCode} while starting.");
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The host did not become healthy within 60 s.");
    }

    private static ProcessStartInfo Start(string repository, string workFolder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll(repository));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        return start;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
