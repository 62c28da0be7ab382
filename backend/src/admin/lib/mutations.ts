import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query"

/**
 * Refetches everything cached under `scope`, and the dashboard's own product pages: whether a product
 * is listed follows its certificates and its producer's status.
 */
export function useInvalidateWithProducts(scope: QueryKey) {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: scope }), queryClient.invalidateQueries({ queryKey: ["products"] })])
}

/** A change through the admin API; mutateAsync resolves once `scope` and the product pages are refetched. */
export function useMutationInvalidating<Result, Input = void>(scope: QueryKey, mutationFn: (input: Input) => Promise<Result>) {
  const invalidate = useInvalidateWithProducts(scope)
  return useMutation({ mutationFn, onSuccess: invalidate })
}
