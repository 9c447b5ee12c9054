using System.Text.Json;
using MemberInsights.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Decides which document a request runs: a persisted operation (<c>id</c>/<c>documentId</c>), an
/// automatic persisted query (<c>extensions.persistedQuery</c>, version 1) or the ad-hoc
/// <c>query</c>, which <see cref="GraphQLServerOptions.PersistedOperationsOnly"/> refuses unless
/// its text is a persisted operation.
/// </summary>
internal sealed class OperationDocumentResolver
{
    private readonly GraphQLServerOptions _options;
    private readonly IPersistedOperationStore? _store;
    private readonly AutomaticPersistedQueryCache _automaticQueries;

    public OperationDocumentResolver(IOptions<GraphQLServerOptions> options, IPersistedOperationStore? store = null)
    {
        _options = options.Value;
        _store = store;
        _automaticQueries = new AutomaticPersistedQueryCache(_options.AutomaticPersistedQueryCapacity);
    }

    /// <summary>The document <paramref name="request"/> runs; without <paramref name="adHocAllowed"/> only a persisted operation.</summary>
    public OperationDocument Resolve(GraphQLHttpRequest request, bool adHocAllowed = true)
    {
        if (request.DocumentId is not null)
        {
            return ResolvePersisted(request);
        }

        if (request.Extensions is { } extensions && extensions.TryGetProperty("persistedQuery", out var persistedQuery)
            && persistedQuery.ValueKind != JsonValueKind.Null)
        {
            return ResolveAutomatic(request.Query, persistedQuery, adHocAllowed);
        }

        if (request.Query is null)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, HttpErrorCodes.MissingQuery,
                "The request has no 'query' (and no persisted operation 'id').");
        }

        if (_options.PersistedOperationsOnly || !adHocAllowed)
        {
            var id = DocumentId.Compute(request.Query);
            if (_store is null || !_store.TryGet(id, out var known))
            {
                throw adHocAllowed ? PersistedOnly() : PersistedOnlyForCaller();
            }

            return new OperationDocument(known.Document, id, known.Name);
        }

        return new OperationDocument(request.Query, null, null);
    }

    private OperationDocument ResolvePersisted(GraphQLHttpRequest request)
    {
        if (request.Query is not null)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidParameter,
                "Send either a 'query' or a persisted operation 'id', not both.");
        }

        if (_store is not null && DocumentId.TryNormalize(request.DocumentId, out var id) && _store.TryGet(id, out var operation))
        {
            return new OperationDocument(operation.Document, id, operation.Name);
        }

        throw RequestError(HttpErrorCodes.PersistedOperationNotFound, $"No persisted operation has the id '{request.DocumentId}'.");
    }

    private OperationDocument ResolveAutomatic(string? query, JsonElement persistedQuery, bool adHocAllowed)
    {
        if (persistedQuery.ValueKind != JsonValueKind.Object
            || !persistedQuery.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != 1
            || _options.AutomaticPersistedQueryCapacity == 0)
        {
            throw RequestError(HttpErrorCodes.PersistedQueryNotSupported, "PersistedQueryNotSupported");
        }

        if (!persistedQuery.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String
            || !DocumentId.TryNormalize(hash.GetString(), out var id))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidParameter,
                "extensions.persistedQuery.sha256Hash must be the 64-digit hex SHA-256 of the query.");
        }

        if (query is null)
        {
            if (adHocAllowed && _automaticQueries.TryGet(id, out var document))
            {
                return new OperationDocument(document, id, null);
            }

            if (_store is not null && _store.TryGet(id, out var operation))
            {
                return new OperationDocument(operation.Document, id, operation.Name);
            }

            throw RequestError(HttpErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
        }

        if (DocumentId.Compute(query) != id)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, HttpErrorCodes.PersistedQueryHashMismatch,
                "The sha256Hash in extensions.persistedQuery does not match the query.");
        }

        if (_store is not null && _store.TryGet(id, out var persisted))
        {
            return new OperationDocument(persisted.Document, id, persisted.Name);
        }

        if (_options.PersistedOperationsOnly || !adHocAllowed)
        {
            throw adHocAllowed ? PersistedOnly() : PersistedOnlyForCaller();
        }

        _automaticQueries.Add(id, query);
        return new OperationDocument(query, id, null);
    }

    private static GraphQLHttpRequestException PersistedOnly() =>
        RequestError(HttpErrorCodes.PersistedOperationOnly, "This server only runs persisted operations: send the operation's 'id'.");

    private static GraphQLHttpRequestException PersistedOnlyForCaller() =>
        new(StatusCodes.Status403Forbidden, HttpErrorCodes.Forbidden, "This caller may run persisted operations only: send the operation's 'id'.");

    /// <summary>A GraphQL request error of a well-formed request: 400, or 200 under application/json.</summary>
    private static GraphQLHttpRequestException RequestError(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message) { IsWellFormedRequest = true };
}

/// <summary>The document a request runs.</summary>
/// <param name="Text">The GraphQL document text.</param>
/// <param name="Id">Its SHA-256 id when known from the request (persisted or automatic), else null.</param>
/// <param name="PersistedName">The manifest name of a persisted operation, for the log.</param>
internal readonly record struct OperationDocument(string Text, string? Id, string? PersistedName);
