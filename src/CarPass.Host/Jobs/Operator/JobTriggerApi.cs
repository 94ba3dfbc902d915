using CarPass.Host.Api.Internal;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CarPass.Host.Jobs.Operator;

/// <summary>POST /api/internal/jobs/{job_id}/trigger: runs a recurring job now through Hangfire (its retries and locks included).</summary>
internal static class JobTriggerApi
{
    public static void MapJobTrigger(this IEndpointRouteBuilder app, string apiKey)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
            return;
        app.MapPost("/api/internal/jobs/{job_id}/trigger", Trigger).AddEndpointFilter(new InternalKeyFilter(apiKey));
    }

    private static Results<Accepted<JobTriggered>, ProblemHttpResult> Trigger(
        [FromRoute(Name = "job_id")] string jobId,
        IRecurringJobManager jobs
    )
    {
        if (!JobCatalog.Knows(jobId))
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "unknown_job",
                detail: $"Known jobs: {string.Join(", ", JobIds.All)}."
            );
        return TypedResults.Accepted((string?)null, new JobTriggered(jobId, Enqueue(jobs, jobId)));
    }

    /// <summary>Hangfire 1.8 tells the run's id only through its V2 interface, which its own manager implements.</summary>
    private static string? Enqueue(IRecurringJobManager jobs, string jobId)
    {
        if (jobs is IRecurringJobManagerV2 v2)
            return v2.TriggerJob(jobId);
        jobs.Trigger(jobId);
        return null;
    }
}
