// The house network in the browser: public/house/house-network.json + .bin, fetched and checked
// (format, spec, size, SHA-256, finite weights) before anything plays on it. Every failure is a
// HouseNetworkError naming the file and the check, for a translated message.
import { NetworkFileError, parseNetworkFile, type NetworkFile } from '../../../shared/network-file';

export const HOUSE_NETWORK_FILES = { description: 'house-network.json', weights: 'house-network.bin' } as const;

export type HouseNetworkProblem = NetworkFileError['code'] | 'http' | 'network';

export class HouseNetworkError extends Error {
  override readonly name = 'HouseNetworkError';
  constructor(
    readonly problem: HouseNetworkProblem,
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

async function fetchFile(url: string, file: string, fetcher: typeof fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new HouseNetworkError('network', file, `${file}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new HouseNetworkError('http', file, `${file}: HTTP ${response.status}`);
  return response;
}

/** Fetches and validates the house network under `baseUrl` (default: the app's `house/`). */
export async function loadHouseNetwork(baseUrl = `${import.meta.env?.BASE_URL ?? '/'}house/`, fetcher: typeof fetch = fetch): Promise<NetworkFile> {
  const { description, weights } = HOUSE_NETWORK_FILES;
  const [json, bin] = await Promise.all([
    fetchFile(baseUrl + description, description, fetcher).then((r) => r.text()),
    fetchFile(baseUrl + weights, weights, fetcher).then((r) => r.arrayBuffer()),
  ]);
  try {
    return await parseNetworkFile(json, new Uint8Array(bin));
  } catch (error) {
    if (!(error instanceof NetworkFileError)) throw error;
    // Checksum, size and non-finite values are about the weights; the rest about the description.
    const file = error.code === 'checksum' || error.code === 'size' || error.code === 'nonFinite' ? weights : description;
    throw new HouseNetworkError(error.code, file, error.message);
  }
}
