import { render } from 'preact';

function App() {
  return <main><h1>ClaimLens popup</h1></main>;
}

render(<App />, document.getElementById('app')!);
