import { expect } from '@open-wc/testing';
import { loadDataset } from './load.js';

describe('the built-in dataset', () => {
  it('loads with no dropped record or broken reference', async () => {
    const result = await loadDataset([new URL('../../data/siip-dataset.json', import.meta.url).href]);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.issues, JSON.stringify(result.issues.slice(0, 5))).to.deep.equal([]);
  });

  it('has the six SIIP cohorts and invents no 2021 members', async () => {
    const result = await loadDataset([new URL('../../data/siip-dataset.json', import.meta.url).href]);
    if (!result.ok) throw new Error(result.message);
    const { cohorts, communities } = result.dataset;
    expect(cohorts.filter((c) => c.program === 'siip').map((c) => c.id)).to.deep.equal(['2018', '2019', '2020', '2021', '2022-2023', '2023-2024']);
    expect(cohorts.find((c) => c.id === '2021')!.membersPublished).to.equal(false);
    expect(communities.filter((c) => c.cohorts.includes('2021'))).to.have.length(0);
    expect(communities.filter((c) => c.cohorts.includes('2020'))).to.have.length(8);
  });
});
