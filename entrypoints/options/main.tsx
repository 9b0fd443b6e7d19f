import { render } from 'preact';

function App() {
  return <main><h1>ClaimLens options</h1></main>;
}

render(<App />, document.getElementById('app')!);
