using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CarPass.Data.Persistence;

/// <summary>
/// A hot query compiled once (<c>EF.CompileAsyncQuery</c>), which skips building, parameterising
/// and looking up its expression tree on every call. A compiled query serves one model, and the
/// SQLite and PostgreSQL contexts have different ones, so it is compiled once per model.
/// </summary>
public sealed class CompiledPerModel<TQuery>
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile;

    public CompiledPerModel(Func<TQuery> compile) => _compile = _ => compile();

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _compile);
}
