namespace CarPass.Bench;

/// <summary>The checkout this benchmark was built from: the folder holding CarPass.sln above the binary.</summary>
public static class Repository
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CarPass.sln")))
                return folder.FullName;
        throw new InvalidOperationException("CarPass.sln not found above " + AppContext.BaseDirectory);
    }
}
